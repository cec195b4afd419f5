package vn.giaoban.audit;

import vn.giaoban.support.ServiceTest;

/** Appending transactions taking turns on the chain, on the embedded H2 database. */
@ServiceTest
class ChainTurnH2Test extends ChainTurnContract {
}
