package dev.clientele;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * Clientele: a customer database for CRM, built as a modular monolith. Each direct sub-package
 * is an application module verified by {@code ModularityTests}.
 */
@SpringBootApplication
@EnableAsync
public class ClienteleApplication {

	public static void main(String[] args) {
		SpringApplication.run(ClienteleApplication.class, args);
	}

}
