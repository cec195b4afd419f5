package vn.giaoban.workflow;

import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Lets the engine's parsed SQL mapping files go once its statements are built. MyBatis keeps every {@code <sql>}
 * fragment as a node of the DOM it was parsed from, and a node holds its whole document: the engine's forty mapping
 * documents (about 95 000 text nodes) stayed in the heap for the life of the service, a sixth of the live set after
 * start-up. The fragments are only read while statements are parsed, so they are dropped when no statement is left
 * waiting to be completed.
 */
@Component
class MappingDocumentsRelease extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(MappingDocumentsRelease.class);

    @Override
    public void postInit(ProcessEngineConfigurationImpl engine) {
        Configuration mappings = engine.getSqlSessionFactory().getConfiguration();
        mappings.getMappedStatementNames(); // completes any statement still waiting for a fragment or a result map
        if (!mappings.getIncompleteStatements().isEmpty()) {
            log.warn("{} engine statements are incomplete; their mapping documents are kept",
                    mappings.getIncompleteStatements().size());
            return;
        }
        mappings.getSqlFragments().clear();
    }
}
