package org.diplograph.importing;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.diplograph.extraction.ExtractionEngine;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/**
 * The import pipeline, and the extraction engine it reads with: one per JVM (immutable
 * and thread-safe), its models read in the background once the server is ready, so that
 * the first import does not spend its request's time on them.
 */
@Configuration(proxyBeanMethods = false)
class ImportConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(ImportConfiguration.class);

	private static ExtractionEngine engine;

	@Bean
	ImportPipeline importPipeline() {
		return new ImportPipeline(ImportConfiguration::engine);
	}

	@EventListener(ApplicationReadyEvent.class)
	void readTheModels() {
		Thread loading = new Thread(() -> {
			try {
				engine();
			}
			catch (RuntimeException ex) {
				// the first import reads them, or says why it cannot
				logger.warn("The extraction models were not read in advance: {}", ex.getMessage());
			}
		}, "extraction-models");
		loading.setDaemon(true);
		loading.setPriority(Thread.MIN_PRIORITY);
		loading.start();
	}

	private static synchronized ExtractionEngine engine() {
		if (engine == null) {
			long started = System.nanoTime();
			engine = ExtractionEngine.load();
			logger.info("Extraction models read in {} ms", (System.nanoTime() - started) / 1_000_000);
		}
		return engine;
	}

}
