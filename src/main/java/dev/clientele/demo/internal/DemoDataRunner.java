package dev.clientele.demo.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import dev.clientele.access.UserManagement;
import dev.clientele.customer.CreateCustomer;
import dev.clientele.customer.CustomerManagement;
import dev.clientele.customer.CustomerQuery;
import dev.clientele.filter.Filter;
import dev.clientele.shared.Source;
import dev.clientele.shared.WriteContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills an empty database with {@code clientele.demo.customers} demo customers at start-up,
 * through the façades, in batches that each commit with their contacts (so an interrupted run
 * leaves whole batches). A database that already holds customers (live or deleted) is left alone.
 */
@Component
class DemoDataRunner implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoDataRunner.class);

	private static final int PROGRESS_EVERY = 10_000;

	private final CustomerManagement customers;

	private final SalesReps salesReps;

	private final TransactionTemplate transactions;

	private final int count;

	private final long seed;

	private final int batchSize;

	private final int threads;

	DemoDataRunner(CustomerManagement customers, SalesReps salesReps,
			TransactionTemplate transactions, @Value("${clientele.demo.customers:0}") int count,
			@Value("${clientele.demo.seed:42}") long seed, @Value("${clientele.demo.batch-size:1000}") int batchSize,
			@Value("${clientele.demo.writers:2}") int threads) {
		this.customers = customers;
		this.salesReps = salesReps;
		this.transactions = transactions;
		this.count = count;
		this.seed = seed;
		this.batchSize = Math.max(1, batchSize);
		this.threads = Math.max(1, threads);
	}

	@Override
	public void run(ApplicationArguments args) throws InterruptedException {
		if (count <= 0) {
			return;
		}
		if (holdsCustomers()) {
			log.info("Demo data: the database already holds customers; adding none");
			return;
		}
		log.info("Demo data: creating {} customers (seed {}, batches of {}, {} writers)", count, seed, batchSize, threads);
		List<UUID> owners = salesReps.ensure(seed);
		DemoCustomers generator = new DemoCustomers(seed, owners, Regions.load());
		WriteContext context = new WriteContext(UserManagement.SYSTEM_USER, Source.system("demo"));
		Progress progress = new Progress(count);
		// One thread generates (so the data follows the seed), several write: most of a write is
		// waiting for the database.
		ExecutorService writers = Executors.newFixedThreadPool(threads);
		Semaphore queued = new Semaphore(threads * 2);
		try {
			for (int generated = 0; generated < count && progress.failure() == null;) {
				List<DemoCustomers.DemoCustomer> batch = new ArrayList<>();
				for (int i = 0; i < Math.min(batchSize, count - generated); i++) {
					batch.add(generator.next());
				}
				generated += batch.size();
				queued.acquire();
				writers.execute(() -> {
					try {
						progress.written(batch.size(), transactions.execute(status -> write(batch, context)));
					}
					catch (RuntimeException ex) {
						progress.failed(ex);
					}
					finally {
						queued.release();
					}
				});
			}
		}
		finally {
			writers.shutdown();
			writers.awaitTermination(1, TimeUnit.DAYS);
		}
		if (progress.failure() != null) {
			throw new IllegalStateException("Demo data failed after " + progress.customers() + " customers",
					progress.failure());
		}
		progress.finished();
	}

	/** Creates one batch of customers and their contacts in one transaction; returns the number of contacts. */
	private long write(List<DemoCustomers.DemoCustomer> batch, WriteContext context) {
		customers.createAll(batch.stream().map(demo -> new CreateCustomer(demo.customer(), demo.contacts(), context)).toList());
		return batch.stream().mapToLong(demo -> demo.contacts().size()).sum();
	}

	private boolean holdsCustomers() {
		return customers.count(new CustomerQuery(null, Filter.ALL, null, 1, null, false)).count() > 0
				|| customers.count(new CustomerQuery(null, Filter.ALL, null, 1, null, true)).count() > 0;
	}

	/** Counts what the writers created and logs it every {@value #PROGRESS_EVERY} customers. */
	private static final class Progress {

		private final int target;

		private final long started = System.nanoTime();

		private int customers;

		private long contacts;

		private volatile RuntimeException failure;

		Progress(int target) {
			this.target = target;
		}

		synchronized void written(int batchCustomers, long batchContacts) {
			int before = customers;
			customers += batchCustomers;
			contacts += batchContacts;
			if (customers / PROGRESS_EVERY > before / PROGRESS_EVERY) {
				log.info("Demo data: {} of {} customers ({} rows/s)", customers, target, rate());
			}
		}

		void failed(RuntimeException ex) {
			failure = ex;
		}

		RuntimeException failure() {
			return failure;
		}

		synchronized int customers() {
			return customers;
		}

		synchronized void finished() {
			log.info("Demo data: created {} customers and {} contacts in {} s ({} customers/s)", customers, contacts,
					(System.nanoTime() - started) / 1_000_000_000, rate());
		}

		private long rate() {
			double seconds = (System.nanoTime() - started) / 1e9;
			return seconds <= 0 ? 0 : Math.round(customers / seconds);
		}

	}

}
