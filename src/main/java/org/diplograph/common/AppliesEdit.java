package org.diplograph.common;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.mapstruct.Mapping;

/**
 * Marks the MapStruct method of a feature that applies a checked input onto a draft: the
 * draft's ID, revision and origin are never the input's to set (and, as
 * {@link MappingConfig} says for every such method, a field the input leaves out keeps
 * its value).
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
@Mapping(target = "id", ignore = true)
@Mapping(target = "revision", ignore = true)
@Mapping(target = "origin", ignore = true)
public @interface AppliesEdit {

}
