package ca.pratiqueshlm.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The pipeline's stages depend one way only, in the order docs/ARCHITECTURE.md gives: each stage may use
 * the stages before it, never one after it, and no two packages use each other.
 */
@AnalyzeClasses(packages = "ca.pratiqueshlm",
        importOptions = {ImportOption.DoNotIncludeTests.class, ImportOption.DoNotIncludeJars.class})
class StageOrderTest {

    @ArchTest
    static final ArchRule stagesDependOnlyOnEarlierStages = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("diagnostics").definedBy("ca.pratiqueshlm.diagnostics..")
            .layer("content").definedBy("ca.pratiqueshlm.content..")
            .layer("model").definedBy("ca.pratiqueshlm.model..")
            .layer("markdown").definedBy("ca.pratiqueshlm.markdown..")
            .layer("validation").definedBy("ca.pratiqueshlm.validation..")
            .layer("index").definedBy("ca.pratiqueshlm.index..")
            .layer("plan").definedBy("ca.pratiqueshlm.plan..")
            .layer("render").definedBy("ca.pratiqueshlm.render..")
            .layer("output").definedBy("ca.pratiqueshlm.output..")
            .layer("output stages").definedBy("ca.pratiqueshlm.print..", "ca.pratiqueshlm.opendata..",
                    "ca.pratiqueshlm.schema..")
            .layer("pipeline").definedBy("ca.pratiqueshlm.pipeline..")
            .layer("tools").definedBy("ca.pratiqueshlm.cli..", "ca.pratiqueshlm.serve..",
                    "ca.pratiqueshlm.scaffold..")
            .whereLayer("diagnostics").mayNotAccessAnyLayer()
            .whereLayer("content").mayOnlyAccessLayers("diagnostics")
            .whereLayer("model").mayOnlyAccessLayers("diagnostics", "content")
            .whereLayer("markdown").mayOnlyAccessLayers("diagnostics", "content", "model")
            .whereLayer("validation").mayOnlyAccessLayers("diagnostics", "content", "model", "markdown")
            .whereLayer("index").mayOnlyAccessLayers("diagnostics", "content", "model", "markdown", "validation")
            .whereLayer("plan").mayOnlyAccessLayers("diagnostics", "content", "model", "markdown", "validation", "index")
            .whereLayer("render").mayOnlyAccessLayers("diagnostics", "content", "model", "markdown", "validation", "index",
                    "plan")
            .whereLayer("output").mayOnlyAccessLayers("diagnostics", "content", "model", "markdown", "validation", "index",
                    "plan", "render")
            .whereLayer("output stages").mayOnlyAccessLayers("diagnostics", "content", "model", "markdown", "validation",
                    "index", "plan", "render", "output")
            .whereLayer("pipeline").mayOnlyAccessLayers("diagnostics", "content", "model", "markdown", "validation", "index",
                    "plan", "render", "output", "output stages")
            .whereLayer("tools").mayOnlyAccessLayers("diagnostics", "content", "model", "markdown", "validation", "index",
                    "plan", "render", "output", "output stages", "pipeline");

    /** JBake is one replaceable engine: only its adapter package may know it. */
    @ArchTest
    static final ArchRule onlyRenderJbakeUsesJbake = noClasses()
            .that().resideOutsideOfPackage("ca.pratiqueshlm.render.jbake..")
            .should().dependOnClassesThat().resideInAPackage("org.jbake..");

    /** Each top-level package (a stage or a tool, its sub-packages included) is one slice. */
    @ArchTest
    static final ArchRule noCyclesBetweenStages = slices()
            .matching("ca.pratiqueshlm.(*)..")
            .should().beFreeOfCycles();

    /**
     * Every package is its own slice too, so a sub-package and its parent cannot use each other:
     * {@code plan.charts} draws SVG from plain values and {@code plan} feeds it, never the reverse.
     */
    @ArchTest
    static final ArchRule noCyclesBetweenAnyPackages = slices()
            .matching("ca.pratiqueshlm.(**)")
            .should().beFreeOfCycles();
}
