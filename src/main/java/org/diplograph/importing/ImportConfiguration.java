package org.diplograph.importing;

import org.diplograph.extraction.ExtractionEngine;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The import pipeline, one per application: the engine's models are read at the first
 * import (about a second and a half), not at startup.
 */
@Configuration(proxyBeanMethods = false)
class ImportConfiguration {

	@Bean
	ImportPipeline importPipeline() {
		return new ImportPipeline(ExtractionEngine::load);
	}

}
