package vn.giaoban.workflow;

import vn.giaoban.support.ServiceTest;

/** {@link BriefingProcessContract} on the embedded H2 database. */
@ServiceTest
class BriefingProcessH2Test extends BriefingProcessContract {
}
