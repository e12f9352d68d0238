package ca.pratiqueshlm.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Maps a record component to its French front-matter key. The binder, the validator and the JSON
 * Schema generator all read this one declaration, so the three cannot drift apart.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Field {
    /** The key in the YAML. */
    String value();

    /** Whether the key must be present (lists must then hold at least one item). */
    boolean required() default false;

    /** Which registry the value (or each item of a list) must name, if any. */
    Registry ref() default Registry.NONE;

    /** A value constraint beyond the Java type. */
    Constraint constraint() default Constraint.NONE;

    /** What the field means, in French, for editors (shown in the schema and CONTRIBUTING.md). */
    String doc();

    /** The longest text accepted, in characters (0: no limit); the schema and the form say it too. */
    int maxLength() default 0;

    /** An example value, for the schema and the scaffold. */
    String example() default "";
}
