package dev.clientele.audit.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.http.HttpServletRequest;

import dev.clientele.access.AccessManagement;
import dev.clientele.access.Permission;
import dev.clientele.audit.AuditEntry;
import dev.clientele.audit.AuditTrail;
import dev.clientele.audit.AuditVerification;
import dev.clientele.shared.SecretFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

@Service
class AuditService implements AuditTrail {

	private static final Logger LOG = LoggerFactory.getLogger(AuditService.class);

	static final String KEY_FILE = "audit-key";

	private final AuditRepository repository;

	private final AccessManagement access;

	private final Clock clock;

	private final AuditChain chain;

	AuditService(AuditRepository repository, AccessManagement access, Clock clock,
			@Value("${clientele.audit-key:}") String key, @Value("${clientele.data-dir:./data}") String dataDir) {
		this.repository = repository;
		this.access = access;
		this.clock = clock;
		this.chain = new AuditChain(key(key, Path.of(dataDir)));
	}

	@Override
	@Transactional
	public void record(UUID actorId, String action, String entity, String entityId, List<String> fields, String outcome,
			String detail) {
		AuditRepository.Head head = repository.lockHead();
		AuditEntry entry = new AuditEntry(head.seq() + 1, clock.instant().truncatedTo(ChronoUnit.MICROS), actorId,
				clientIp(), action, entity, entityId, fields, outcome, detail);
		repository.append(entry, chain.link(head.hash(), entry));
	}

	@Override
	@Transactional(readOnly = true)
	public List<AuditEntry> entries(UUID actorId, String action, String entity, String entityId, Instant from, Instant to,
			Long before, int limit) {
		access.current().require(Permission.AUDIT_READ);
		return repository.find(actorId, action, entity, entityId, from, to, before, limit);
	}

	@Override
	@Transactional(readOnly = true)
	public AuditVerification verify() {
		access.current().require(Permission.AUDIT_READ);
		AtomicReference<String> previous = new AtomicReference<>(AuditRepository.GENESIS);
		long[] checked = { 0 };
		AtomicReference<Long> broken = new AtomicReference<>();
		repository.each(stored -> {
			if (broken.get() != null) {
				return;
			}
			checked[0]++;
			boolean inOrder = stored.entry().seq() == checked[0];
			if (!inOrder || !chain.link(previous.get(), stored.entry()).equals(stored.hash())) {
				broken.set(inOrder ? stored.entry().seq() : checked[0]);
			}
			previous.set(stored.hash());
		});
		return new AuditVerification(checked[0], broken.get());
	}

	private static String clientIp() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}

	/** The configured key, or one generated on the first start and kept in the data folder, outside the database. */
	private static byte[] key(String configured, Path dataDir) {
		if (configured != null && !configured.isBlank()) {
			return configured.getBytes(StandardCharsets.UTF_8);
		}
		Path file = dataDir.resolve(KEY_FILE);
		try {
			if (Files.exists(file)) {
				return Files.readString(file).strip().getBytes(StandardCharsets.UTF_8);
			}
			byte[] random = new byte[32];
			new java.security.SecureRandom().nextBytes(random);
			String key = Base64.getEncoder().encodeToString(random);
			SecretFiles.writeOwnerOnly(dataDir, KEY_FILE, key);
			LOG.warn("No CLIENTELE_AUDIT_KEY: generated one in {}; keep it with your backups, apart from the database",
					file.toAbsolutePath());
			return key.getBytes(StandardCharsets.UTF_8);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
