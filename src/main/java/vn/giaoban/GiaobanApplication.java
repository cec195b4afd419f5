package vn.giaoban;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import vn.giaoban.common.StartupCompilerAffinity;

@SpringBootApplication
@ConfigurationPropertiesScan
public class GiaobanApplication {

    public static void main(String[] args) {
        // Before anything else: the start runs on this thread, and the compiler threads would share its core.
        StartupCompilerAffinity compilerAffinity = StartupCompilerAffinity.keepOneCoreFree();
        SpringApplication application = new SpringApplication(GiaobanApplication.class);
        application.addInitializers(context -> context.getBeanFactory()
                .registerSingleton("startupCompilerAffinity", compilerAffinity));
        application.run(args);
    }
}
