package vn.giaoban.workflow;

import org.camunda.bpm.engine.spring.ProcessEngineFactoryBean;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.support.AbstractBeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.ObjectUtils;

/**
 * The process engine starts only after Flyway has migrated the database, because Flyway creates the engine's tables
 * (see {@link V2__CamundaEngineSchema}) and the engine no longer does.
 */
@Configuration(proxyBeanMethods = false)
class EngineAfterMigrations {

    private static final String FLYWAY = "flywayInitializer";

    @Bean
    static BeanFactoryPostProcessor processEngineDependsOnFlyway() {
        return beanFactory -> {
            if (!beanFactory.containsBeanDefinition(FLYWAY)) {
                return;
            }
            for (String name : beanFactory.getBeanNamesForType(ProcessEngineFactoryBean.class, true, false)) {
                String bean = name.startsWith("&") ? name.substring(1) : name;
                BeanDefinition definition = beanFactory.getBeanDefinition(bean);
                String[] dependsOn = definition.getDependsOn();
                if (!ObjectUtils.containsElement(dependsOn == null ? new String[0] : dependsOn, FLYWAY)) {
                    ((AbstractBeanDefinition) definition).setDependsOn(
                            ObjectUtils.addObjectToArray(dependsOn, FLYWAY));
                }
            }
        };
    }
}
