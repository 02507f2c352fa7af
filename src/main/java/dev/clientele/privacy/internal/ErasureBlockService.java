package dev.clientele.privacy.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.clientele.privacy.BlockedValues;
import dev.clientele.privacy.ErasureBlock;
import dev.clientele.privacy.ErasureBlocks;
import dev.clientele.privacy.SubjectIdentifiers;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The block list: adding the values of an erased customer, and answering the write paths. */
@Service
class ErasureBlockService implements ErasureBlocks {

	private final ErasureBlockRepository repository;

	private final SubjectHasher hasher;

	ErasureBlockService(ErasureBlockRepository repository, SubjectHasher hasher) {
		this.repository = repository;
		this.hasher = hasher;
	}

	@Override
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public BlockedValues blocked(Collection<String> phones, Collection<String> emails) {
		if (phones.isEmpty() && emails.isEmpty()) {
			return BlockedValues.NONE;
		}
		Map<String, String> phoneByHash = new HashMap<>();
		phones.forEach(phone -> phoneByHash.put(hasher.phoneHash(phone), phone));
		Map<String, String> emailByHash = new HashMap<>();
		emails.forEach(email -> emailByHash.put(hasher.emailHash(email), email));
		List<String> hashes = new ArrayList<>(phoneByHash.keySet());
		hashes.addAll(emailByHash.keySet());
		Set<String> found = repository.blocked(hashes);
		if (found.isEmpty()) {
			return BlockedValues.NONE;
		}
		Set<String> blockedPhones = new HashSet<>();
		Set<String> blockedEmails = new HashSet<>();
		for (String hash : found) {
			if (phoneByHash.containsKey(hash)) {
				blockedPhones.add(phoneByHash.get(hash));
			}
			if (emailByHash.containsKey(hash)) {
				blockedEmails.add(emailByHash.get(hash));
			}
		}
		return new BlockedValues(blockedPhones, blockedEmails);
	}

	/** Blocks every phone and email of an erased customer. @return how many were newly blocked */
	int block(UUID customerId, SubjectIdentifiers identifiers, UUID actor, Instant at) {
		int added = 0;
		for (String phone : new HashSet<>(identifiers.phones())) {
			added += repository.add(new ErasureBlock(hasher.phoneHash(phone), SubjectHasher.PHONE, customerId, at, actor)) ? 1 : 0;
		}
		for (String email : new HashSet<>(identifiers.emails())) {
			added += repository.add(new ErasureBlock(hasher.emailHash(email), SubjectHasher.EMAIL, customerId, at, actor)) ? 1 : 0;
		}
		return added;
	}

	String phoneHash(String e164) {
		return hasher.phoneHash(e164);
	}

	String emailHash(String email) {
		return hasher.emailHash(email);
	}

}
