package org.taizhang.events;

/** An event one service tells the others; its aggregate id is the Kafka key that keeps its events in order. */
public interface DomainEvent {

    /** The id of the aggregate the event belongs to: plan id for plan events, task id for a
     * task's new assignments together, assignment id for the rest. */
    String aggregateId();
}
