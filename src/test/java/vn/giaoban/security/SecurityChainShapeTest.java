package vn.giaoban.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.ManagedList;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.web.FilterChainProxy;

import vn.giaoban.support.ServiceTest;

/**
 * The security filter chain runs without Spring MVC's per-request handler look-up in front of it. The rules
 * themselves are checked request by request in {@code AuthorizationMatrixTest}, which runs on this same chain.
 */
@ServiceTest
class SecurityChainShapeTest {

    private static final String SPRING_SECURITY = "org.springframework.security.config.annotation.web.configuration";

    @Autowired
    ConfigurableApplicationContext context;

    @Test
    void theChainHasNoHandlerLookupInFrontOfIt() {
        var registry = (BeanDefinitionRegistry) context.getBeanFactory();
        var definition = registry.getBeanDefinition(SecurityChainWithoutHandlerLookup.CHAIN);
        assertThat(SecurityChainWithoutHandlerLookup.hasLookup(definition))
                .as("Spring Security builds its chain differently now: see SecurityChainWithoutHandlerLookup")
                .isFalse();
        var chain = context.getBean(SecurityChainWithoutHandlerLookup.CHAIN, FilterChainProxy.class);
        assertThat(chain.getFilterChains()).hasSize(1);
    }

    @Test
    void withoutTheRemovalTheLookupIsThere() {
        // The check above can fail: on the definition Spring Security builds, it finds the look-up.
        var built = new RootBeanDefinition(SPRING_SECURITY + ".WebMvcSecurityConfiguration$CompositeFilterChainProxy");
        var filters = new ManagedList<Object>();
        filters.add(new RootBeanDefinition(
                SPRING_SECURITY + ".WebMvcSecurityConfiguration$HandlerMappingIntrospectorCacheFilterFactoryBean"));
        var original = new RootBeanDefinition(FilterChainProxy.class);
        filters.add(original);
        built.getConstructorArgumentValues().addIndexedArgumentValue(0, filters);
        assertThat(SecurityChainWithoutHandlerLookup.hasLookup(built)).isTrue();
        assertThat(SecurityChainWithoutHandlerLookup.withoutLookup(built)).isSameAs(original);
    }
}
