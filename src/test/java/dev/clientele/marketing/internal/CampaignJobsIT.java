package dev.clientele.marketing.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import dev.clientele.support.Api;
import dev.clientele.support.CustomerJsonFixture;
import dev.clientele.support.DatabaseIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What campaigns do by themselves: a scheduled one starts when its time comes, an ended one
 * finishes. The jobs are run by the test; their own schedule is pushed out of its way.
 */
@TestPropertySource(properties = { "clientele.marketing.schedule-delay=PT1H", "clientele.marketing.schedule-interval=PT1H" })
class CampaignJobsIT extends DatabaseIT {

	@Autowired
	CampaignJobs jobs;

	@Test
	void aCampaignStartedWithALaterStartIsScheduledAndStartsWhenItsTimeComes() throws Exception {
		Api api = apiWithFullAccess();
		String customer = api.post("/api/v1/customers", CustomerJsonFixture.aCompany("定时客户有限公司").json()).json()
			.get("id").asString();
		Instant startsAt = Instant.now().plusSeconds(2).truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
		String campaign = api.post("/api/v1/campaigns", "{\"name\":\"定时活动\",\"channel\":\"event\",\"startsAt\":\""
				+ startsAt + "\",\"customerIds\":[\"" + customer + "\"]}").json().get("id").asString();

		JsonNode scheduled = api.post("/api/v1/campaigns/" + campaign + "/start").json();
		jobs.startAndFinish();
		String stillScheduled = api.get("/api/v1/campaigns/" + campaign).json().get("status").asString();
		Thread.sleep(Math.max(0, startsAt.toEpochMilli() - System.currentTimeMillis()) + 200);
		jobs.startAndFinish();
		JsonNode started = api.get("/api/v1/campaigns/" + campaign).json();

		assertThat(scheduled.get("status").asString()).isEqualTo("scheduled");
		assertThat(scheduled.get("targeted").asInt()).isZero();
		assertThat(stillScheduled).isEqualTo("scheduled");
		assertThat(started.get("status").asString()).isEqualTo("running");
		assertThat(started.get("targeted").asInt()).isEqualTo(1);
	}

	@Test
	void aRunningCampaignPastItsEndFinishesByItself() throws Exception {
		Api api = apiWithFullAccess();
		String customer = api.post("/api/v1/customers", CustomerJsonFixture.aCompany("结束客户有限公司").json()).json()
			.get("id").asString();
		Instant endsAt = Instant.now().plusSeconds(2).truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
		String campaign = api.post("/api/v1/campaigns", "{\"name\":\"到期活动\",\"channel\":\"event\",\"endsAt\":\""
				+ endsAt + "\",\"customerIds\":[\"" + customer + "\"]}").json().get("id").asString();
		api.post("/api/v1/campaigns/" + campaign + "/start");

		jobs.startAndFinish();
		String before = api.get("/api/v1/campaigns/" + campaign).json().get("status").asString();
		Thread.sleep(Math.max(0, endsAt.toEpochMilli() - System.currentTimeMillis()) + 200);
		jobs.startAndFinish();

		assertThat(before).isEqualTo("running");
		assertThat(api.get("/api/v1/campaigns/" + campaign).json().get("status").asString()).isEqualTo("finished");
	}

}
