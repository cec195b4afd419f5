package vn.giaoban.workflow;

import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The process paths on an in-memory H2 engine (src/test/resources/camunda.cfg.xml). */
class QuarterlyBriefingProcessH2Test extends QuarterlyBriefingProcessContract {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
            .assertClassCoverageAtLeast(0.9)
            .build();
}
