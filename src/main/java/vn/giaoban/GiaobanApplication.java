package vn.giaoban;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class GiaobanApplication {

    public static void main(String[] args) {
        SpringApplication.run(GiaobanApplication.class, args);
    }
}
