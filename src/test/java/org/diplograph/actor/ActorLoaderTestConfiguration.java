package org.diplograph.actor;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/**
 * Makes the package-private {@link ActorLoader} importable by slice tests of other
 * features that resolve actor relationship fields; those tests mock
 * {@link ActorRepository}.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(ActorLoader.class)
public class ActorLoaderTestConfiguration {

}
