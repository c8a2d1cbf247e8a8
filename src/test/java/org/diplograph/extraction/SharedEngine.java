package org.diplograph.extraction;

/**
 * One engine for every test class of the JVM: the models are read once, as in the
 * application.
 */
final class SharedEngine {

	private static ExtractionEngine engine;

	private SharedEngine() {
	}

	static synchronized ExtractionEngine get() {
		if (engine == null) {
			engine = ExtractionEngine.load();
		}
		return engine;
	}

}
