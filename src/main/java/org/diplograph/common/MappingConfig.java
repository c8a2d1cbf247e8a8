package org.diplograph.common;

import org.mapstruct.MapperConfig;
import org.mapstruct.ReportingPolicy;

/**
 * What every MapStruct mapper shares: Spring beans, and a build that fails on a target
 * field no mapping fills, so a field added to a document is never silently left null.
 */
@MapperConfig(componentModel = "spring", unmappedTargetPolicy = ReportingPolicy.ERROR)
public interface MappingConfig {

}
