package org.diplograph.common;

import org.mapstruct.MapperConfig;
import org.mapstruct.NullValuePropertyMappingStrategy;
import org.mapstruct.ReportingPolicy;

/**
 * What every MapStruct mapper shares: Spring beans, a build that fails on a target field
 * no mapping fills, so a field added to a document is never silently left null, and
 * methods that apply an input onto a draft ({@link AppliesEdit}) leaving a field the
 * input leaves out as it was.
 */
@MapperConfig(componentModel = "spring", unmappedTargetPolicy = ReportingPolicy.ERROR,
		nullValuePropertyMappingStrategy = NullValuePropertyMappingStrategy.IGNORE)
public interface MappingConfig {

}
