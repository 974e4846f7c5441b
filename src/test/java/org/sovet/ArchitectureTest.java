package org.sovet;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Package by feature: features meet through public services, never through each other's insides. */
@AnalyzeClasses(packages = "org.sovet", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule featuresHaveNoCycles = slices().matching("org.sovet.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule sharedPackagesKnowNoFeature = noClasses()
            .that().resideInAnyPackage("org.sovet.common..", "org.sovet.document..", "org.sovet.notify..")
            .should().dependOnClassesThat().resideInAnyPackage("org.sovet.plan..", "org.sovet.directory..",
                    "org.sovet.meeting..", "org.sovet.protocol..", "org.sovet.followup..");

    @ArchTest
    static final ArchRule directoryKnowsNoProcess = noClasses()
            .that().resideInAPackage("org.sovet.directory..")
            .should().dependOnClassesThat().resideInAnyPackage("org.sovet.plan..", "org.sovet.meeting..",
                    "org.sovet.protocol..", "org.sovet.followup..");

    @ArchTest
    static final ArchRule delegatesAreThin = noClasses()
            .that().implement(JavaDelegate.class).or().implement(TaskListener.class).or().implement(ExecutionListener.class)
            .should().dependOnClassesThat().areAssignableTo(JdbcClient.class)
            .because("delegates read variables, call a domain service and write variables");

    @ArchTest
    static final ArchRule constructorInjectionOnly = noFields().should().beAnnotatedWith(Autowired.class);
}
