package vn.giaoban.audit;

import vn.giaoban.support.ServiceTest;

/** Download back-pressure on the embedded H2 database. */
@ServiceTest
class DownloadBackpressureH2Test extends DownloadBackpressureContract {
}
