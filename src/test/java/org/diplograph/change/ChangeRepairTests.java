package org.diplograph.change;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.diplograph.Fixtures;
import org.diplograph.common.DocumentsChangedEvent;
import org.diplograph.common.Evidence;
import org.diplograph.common.FuzzyDate;
import org.diplograph.database.InMemoryMongo;
import org.diplograph.model.Actor;
import org.diplograph.model.Origin;
import org.diplograph.model.Visit;
import org.diplograph.model.VisitStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A write stopped after each of its steps, as a crash would stop it, and what the repair
 * makes of it: a change not yet decided is undone, one decided is finished, and either
 * way the fact, its reverse links and the change feed agree, and nothing stays locked.
 */
class ChangeRepairTests {

	private static final String VISIT = "visit:2026-01-haluk-gorgun-dhaka";

	@RegisterExtension
	final InMemoryMongo mongo = new InMemoryMongo();

	private final List<Object> events = new ArrayList<>();

	private final ChangeProperties properties = new ChangeProperties(Duration.ofMillis(100), Duration.ZERO,
			Duration.ofMillis(300));

	private ChangeWrites writes;

	private ChangeFeed feed;

	private ChangeFeedFollower follower;

	@BeforeEach
	void knowledge() {
		this.writes = new ChangeWrites(this.mongo.template(), this.mongo.client(), this.events::add, this.properties);
		this.writes.afterPropertiesSet();
		this.feed = new ChangeFeed(this.mongo.template());
		this.follower = new ChangeFeedFollower(this.feed, this.writes, this.properties, this.events::add);
		for (Actor actor : List.of(Fixtures.TURKIYE, Fixtures.BANGLADESH, Fixtures.GORGUN, Fixtures.YUNUS,
				Fixtures.TOUHID)) {
			this.writes.apply(this.writes.plan(ChangeAction.CREATE, actor.id(), "test").insert(actor));
		}
		this.writes.apply(this.writes.plan(ChangeAction.CREATE, VISIT, "test").insert(visit("Dhaka", 1)));
		this.events.clear();
	}

	@Test
	void aChangeStoppedBeforeItWasDecidedIsUndone() {
		crash(WriteAheadLog.Step.LOCK);
		assertThat(this.feed.committedAfter(0, 100).changes()).hasSize(6);
		assertThat(this.feed.committedAfter(0, 100).blockedAt()).isEqualTo(7L);
		assertThat(raw("visits", VISIT).get("pendingChange")).isEqualTo(7L);

		repair();

		assertThat(state(7)).isEqualTo("ABORTED");
		Document visit = raw("visits", VISIT);
		assertThat(visit.getString("place")).isEqualTo("Dhaka");
		assertThat(visit.getInteger("revision")).isEqualTo(1);
		assertThat(visit).doesNotContainKey("pendingChange");
		assertThat(visitRefs(Fixtures.TOUHID)).isEmpty();
		assertThat(feedIds()).hasSize(6);
		update(1, "Gazipur");
		assertThat(feedIds()).hasSize(7).last().isEqualTo(8L);
	}

	@Test
	void aChangeStoppedOnceDecidedIsFinished() {
		for (WriteAheadLog.Step step : List.of(WriteAheadLog.Step.APPLYING, WriteAheadLog.Step.CONTENT)) {
			int revision = raw("visits", VISIT).getInteger("revision");
			crash(step);
			long seq = this.feed.lastTaken();
			assertThat(this.feed.committedAfter(0, 100).blockedAt()).as(step.name()).isEqualTo(seq);

			repair();

			assertThat(state(seq)).isEqualTo("COMMITTED");
			Document visit = raw("visits", VISIT);
			assertThat(visit.getString("place")).isEqualTo("Sylhet-" + revision);
			assertThat(visit.getInteger("revision")).isEqualTo(revision + 1);
			assertThat(visit.get("lastChange")).isEqualTo(seq);
			assertThat(visit).doesNotContainKey("pendingChange");
			assertThat(visitRefs(Fixtures.TOUHID))
				.containsExactly(new Document("visitId", VISIT).append("role", "MET"));
			assertThat(feedIds()).last().isEqualTo(seq);
			assertThat(this.events).contains(new DocumentsChangedEvent(java.util.Set.of(VISIT)));
			// the next change goes back to the two people met, so the link goes again
			update(revision + 1, "Dhaka");
			assertThat(visitRefs(Fixtures.TOUHID)).isEmpty();
		}
	}

	@Test
	void aLockLeftByACommittedChangeDoesNotStopTheNextWriter() {
		crash(WriteAheadLog.Step.COMMIT);
		assertThat(feedIds()).last().isEqualTo(7L);
		assertThat(raw("visits", VISIT).get("pendingChange")).isEqualTo(7L);
		update(2, "Bogura");
		assertThat(raw("visits", VISIT).getString("place")).isEqualTo("Bogura");
		assertThat(raw("visits", VISIT)).doesNotContainKey("pendingChange");
	}

	@Test
	void aNumberTakenButNeverRecordedIsSkipped() {
		crash(WriteAheadLog.Step.SEQUENCE);
		update(1, "Comilla");
		assertThat(this.feed.committedAfter(0, 100).blockedAt()).isEqualTo(7L);
		assertThat(feedIds()).hasSize(6);

		repair();

		assertThat(state(7)).isEqualTo("ABORTED");
		assertThat(feedIds()).hasSize(7).last().isEqualTo(8L);
	}

	@Test
	void anInsertStoppedBeforeItWasDecidedIsRemoved() {
		Actor newcomer = Fixtures.actor("ida-newcomer", "Ida Newcomer", org.diplograph.model.ActorKind.PERSON).build();
		assertThatExceptionOfType(WriteAheadLog.SimulatedCrash.class).isThrownBy(() -> this.writes.applyLogged(
				this.writes.plan(ChangeAction.CREATE, newcomer.id(), "test").insert(newcomer),
				WriteAheadLog.Step.LOCK));
		assertThat(raw("actors", newcomer.id())).isNotNull();

		repair();

		assertThat(raw("actors", newcomer.id())).isNull();
		assertThat(feedIds()).hasSize(6);
	}

	@Test
	void aFollowerStartingAfterACrashRepairsAtOnce() {
		crash(WriteAheadLog.Step.APPLYING);
		ChangeFeedFollower restarted = new ChangeFeedFollower(this.feed, this.writes, this.properties,
				this.events::add);
		restarted.afterPropertiesSet();
		assertThat(state(7)).isEqualTo("COMMITTED");
		assertThat(raw("visits", VISIT).getString("place")).isEqualTo("Sylhet-1");
	}

	private void crash(WriteAheadLog.Step step) {
		Visit before = this.mongo.template().findById(VISIT, Visit.class);
		Visit after = visit("Sylhet-" + before.revision(), before.revision() + 1, Fixtures.YUNUS.id(),
				Fixtures.TOUHID.id());
		Plan plan = this.writes.plan(ChangeAction.UPDATE, VISIT, "test").update(before, after, before.revision());
		assertThatExceptionOfType(WriteAheadLog.SimulatedCrash.class)
			.isThrownBy(() -> this.writes.applyLogged(plan, step));
	}

	private void update(int revision, String place) {
		Visit before = this.mongo.template().findById(VISIT, Visit.class);
		this.writes.apply(this.writes.plan(ChangeAction.UPDATE, VISIT, "test")
			.update(before, visit(place, revision + 1), revision));
	}

	private void repair() {
		this.follower.afterPropertiesSet();
		this.follower.poll();
	}

	private List<Long> feedIds() {
		return this.feed.committedAfter(0, 100)
			.changes()
			.stream()
			.map((change) -> ((Number) change.get("_id")).longValue())
			.toList();
	}

	private String state(long seq) {
		return this.feed.findById(seq).getString("state");
	}

	private List<Document> visitRefs(Actor actor) {
		return raw("actors", actor.id()).getList("visitRefs", Document.class);
	}

	private Document raw(String collection, String id) {
		return this.mongo.template().findById(id, Document.class, collection);
	}

	private static Visit visit(String place, int revision, String... metWith) {
		List<String> met = (metWith.length > 0) ? List.of(metWith) : List.of(Fixtures.YUNUS.id());
		List<String> visitors = List.of(Fixtures.GORGUN.id());
		return new Visit(VISIT, "A visit to stop half way", visitors, Fixtures.TURKIYE.id(), Fixtures.BANGLADESH.id(),
				place, null, FuzzyDate.parse("2026-01"), null, VisitStatus.PLANNED, met,
				List.of(new Evidence("article:a", "quote", 0, 5)),
				Visit.involved(visitors, Fixtures.TURKIYE.id(), Fixtures.BANGLADESH.id(), met), List.of("article:a"),
				revision, Origin.API);
	}

}
