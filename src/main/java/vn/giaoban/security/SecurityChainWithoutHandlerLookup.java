package vn.giaoban.security;

import java.util.List;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.config.ConstructorArgumentValues;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.security.web.context.AbstractSecurityWebApplicationInitializer;

/**
 * Takes Spring MVC's handler look-up out of the security filter chain. Spring Security puts a filter in front of its
 * chain that asks Spring MVC's handler mappings which controller would take each request, and keeps the answer for
 * request matchers that ask the same (MVC matchers, CORS). This service asks neither: its rules are path patterns
 * ({@link SecurityConfig#pathPatternRequestMatchers()}) and it configures no CORS. So the look-up was work thrown away
 * on every request; during a download spike it was 15 % of the service's CPU samples (JFR), for requests that never
 * reach a controller.
 *
 * <p>Spring Security adds that filter by replacing the chain's bean definition with a composite of the look-up filter
 * and the chain; this puts the chain back in the composite's place and leaves every other wrapper as it is. If a later
 * Spring Security builds the chain another way, nothing is changed, and {@code SecurityChainShapeTest} fails when the
 * look-up is still in the chain's definition.
 */
class SecurityChainWithoutHandlerLookup implements BeanFactoryPostProcessor {

    static final String CHAIN = AbstractSecurityWebApplicationInitializer.DEFAULT_FILTER_NAME;

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory factory) {
        // Runs after every registry post-processor, Spring Security's among them, has finished the definitions.
        if (factory instanceof BeanDefinitionRegistry registry && registry.containsBeanDefinition(CHAIN)) {
            BeanDefinition chain = registry.getBeanDefinition(CHAIN);
            BeanDefinition without = withoutLookup(chain);
            if (without != chain) {
                registry.removeBeanDefinition(CHAIN);
                registry.registerBeanDefinition(CHAIN, without);
            }
        }
    }

    /** The definition with each composite of [look-up filter, chain] replaced by the chain. */
    static BeanDefinition withoutLookup(BeanDefinition definition) {
        List<Object> filters = compositeFilters(definition);
        if (filters == null) {
            return definition;
        }
        if (filters.size() == 2 && isLookupFilter(filters.get(0)) && filters.get(1) instanceof BeanDefinition chain) {
            return withoutLookup(chain);
        }
        filters.replaceAll(filter -> filter instanceof BeanDefinition inner ? withoutLookup(inner) : filter);
        return definition;
    }

    /** Whether the look-up filter is still anywhere in the chain's definition. */
    static boolean hasLookup(BeanDefinition definition) {
        List<Object> filters = compositeFilters(definition);
        return filters != null && filters.stream().anyMatch(filter -> isLookupFilter(filter)
                || filter instanceof BeanDefinition inner && hasLookup(inner));
    }

    /** In Spring Security 6.5, {@code WebMvcSecurityConfiguration$HandlerMappingIntrospectorCacheFilterFactoryBean}. */
    private static boolean isLookupFilter(Object filter) {
        return filter instanceof BeanDefinition definition && definition.getBeanClassName() != null
                && definition.getBeanClassName().contains("HandlerMappingIntrospector");
    }

    @SuppressWarnings("unchecked")
    private static List<Object> compositeFilters(BeanDefinition definition) {
        String type = definition.getBeanClassName();
        if (type == null || !type.endsWith("$CompositeFilterChainProxy")) {
            return null;
        }
        ConstructorArgumentValues.ValueHolder filters =
                definition.getConstructorArgumentValues().getIndexedArgumentValue(0, List.class);
        return filters != null && filters.getValue() instanceof List<?> list ? (List<Object>) list : null;
    }
}
