package org.puzzlelens.rewards.design;

/** A weighted component of a design. */
record Term(Component component, double weight) {
    public Term {
        if (!Double.isFinite(weight)) {
            throw new IllegalArgumentException(component.name() + ": weight must be a finite number, got " + weight);
        }
    }
}
