package org.diplograph.common;

import org.dataloader.DataLoaderOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.graphql.execution.DefaultBatchLoaderRegistry;

/**
 * The request-scoped DataLoaders every relationship field goes through. With
 * {@code diplograph.graphql.batching=false} they neither batch nor cache, so each parent
 * costs its own query: the naive baseline the benchmarks compare against, never a setting
 * for production.
 */
@Configuration(proxyBeanMethods = false)
class DataLoaderConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(DataLoaderConfiguration.class);

	@Bean
	BatchLoaderRegistry batchLoaderRegistry(BatchingProperties properties) {
		boolean batching = properties.batching();
		if (!batching) {
			logger.warn("DataLoader batching is off: every relationship field queries once per parent");
		}
		return new DefaultBatchLoaderRegistry(
				() -> DataLoaderOptions.newOptions().setBatchingEnabled(batching).setCachingEnabled(batching).build());
	}

}
