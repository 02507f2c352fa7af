package dev.clientele.segment;

import java.util.UUID;

/** A saved list view was created ({@code view.created}), changed ({@code view.updated}) or deleted ({@code view.deleted}). */
public record ListViewChanged(UUID viewId, UUID actorId, String action) {
}
