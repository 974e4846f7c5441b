package org.sovet.common;

import java.util.List;

/**
 * Open tasks of someone who left the council were given to {@code recipientId}: published inside the change's
 * transaction, the notice mail (notify) goes out only if the change commits; {@code tasks}: one line per task.
 */
public record TasksHandedOver(String clusterId, String clusterName, String recipientId, String fromName, List<String> tasks) {}
