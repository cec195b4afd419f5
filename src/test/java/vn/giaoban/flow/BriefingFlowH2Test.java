package vn.giaoban.flow;

import vn.giaoban.support.ServiceTest;

/** The full flow on the embedded H2 database. */
@ServiceTest
class BriefingFlowH2Test extends BriefingFlowContract {
}
