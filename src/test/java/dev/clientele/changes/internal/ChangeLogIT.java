package dev.clientele.changes.internal;

import static dev.clientele.support.CustomerJsonFixture.aCompany;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.doThrow;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import dev.clientele.access.Access;
import dev.clientele.changes.Change;
import dev.clientele.support.Api;
import dev.clientele.support.DatabaseIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The change log's two promises: a cursor never skips a change that commits late, and a change
 * whose listener failed reaches the log when its event is delivered again.
 */
class ChangeLogIT extends DatabaseIT {

	@Autowired
	ChangeRecorder recorder;

	@Autowired
	ChangeService feed;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	IncompleteEventPublications incomplete;

	@MockitoSpyBean
	Owners owners;

	@Test
	void anAppendWaitsForAnEarlierOneToCommitSoThatACursorTakenMeanwhileSkipsNeither() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			long start = feed.head();
			UUID early = UUID.randomUUID();
			UUID late = UUID.randomUUID();
			CountDownLatch appended = new CountDownLatch(1);
			CountDownLatch commit = new CountDownLatch(1);
			Future<?> first = pool.submit(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
				recorder.append(List.of(row(early)));
				appended.countDown();
				await(commit);
			}));
			assertThat(appended.await(10, TimeUnit.SECONDS)).isTrue();
			Future<?> second = pool.submit(() -> recorder.append(List.of(row(late))));

			assertThatThrownBy(() -> second.get(700, TimeUnit.MILLISECONDS)).isInstanceOf(TimeoutException.class);
			ChangeService.Page meanwhile = feed.read(start, 100, Access.system());
			assertThat(meanwhile.items()).isEmpty();
			assertThat(meanwhile.next()).isEqualTo(start);

			commit.countDown();
			first.get(10, TimeUnit.SECONDS);
			second.get(10, TimeUnit.SECONDS);
			List<Change> after = feed.read(meanwhile.next(), 100, Access.system()).items();
			assertThat(after).extracting(Change::recordId).containsSubsequence(early, late).contains(early, late);
			assertThat(after).extracting(Change::seq).isSorted();
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void aChangeWhoseListenerFailedReachesTheFeedWhenItsEventIsDeliveredAgain() {
		doThrow(new IllegalStateException("injected by ChangeLogIT: the database went away")).doCallRealMethod()
			.when(owners)
			.atVersion(any(), anyInt());
		Api api = apiWithFullAccess();
		long start = feed.head();
		String id = api.post("/api/v1/customers", aCompany("监听失败重投有限公司").json()).json().get("id").asString();
		sleep(1500);
		assertThat(changesOf(start, id)).as("the listener failed").isEmpty();

		// what a restart does with spring.modulith.events.republish-outstanding-events-on-restart
		incomplete.resubmitIncompletePublications(publication -> true);

		long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
		while (changesOf(start, id).isEmpty() && System.nanoTime() < deadline) {
			sleep(100);
		}
		assertThat(changesOf(start, id)).extracting(Change::type).containsExactly("customer.created");
	}

	@Test
	void aBatchDeliveredAgainInPartAppendsOnlyTheChangesNotYetLoggedEachOnce() {
		long start = feed.head();
		UUID first = UUID.randomUUID();
		UUID second = UUID.randomUUID();
		UUID third = UUID.randomUUID();
		recorder.append(List.of(row(first), row(second)));

		recorder.append(List.of(row(first), row(second), row(third), row(third)));

		List<Change> ours = feed.read(start, 500, Access.system())
			.items()
			.stream()
			.filter(c -> List.of(first, second, third).contains(c.recordId()))
			.toList();
		assertThat(ours).extracting(Change::recordId).containsExactly(first, second, third);
		assertThat(ours.get(1).seq()).isEqualTo(ours.get(0).seq() + 1);
	}

	private List<Change> changesOf(long start, String customerId) {
		return feed.read(start, 500, Access.system())
			.items()
			.stream()
			.filter(c -> c.customerId().toString().equals(customerId))
			.toList();
	}

	private static ChangeRow row(UUID id) {
		return ChangeRow.of(ChangeRow.CUSTOMER, "updated", id, id, 2, List.of("city"), null, null);
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
