package org.sovet;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class SovetApplication {

    public static void main(String[] args) {
        SpringApplication.run(SovetApplication.class, args);
    }
}
