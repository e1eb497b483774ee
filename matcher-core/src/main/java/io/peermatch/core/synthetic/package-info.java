/**
 * Seeded, realistic synthetic organisations for demos, tests and benchmarks.
 *
 * <p>{@link io.peermatch.core.synthetic.SyntheticOrganisation#generate(int, long)} returns an
 * {@link io.peermatch.core.synthetic.Organisation}: people with a management tree, teams,
 * heavy-tailed departments, offices and time zones, seniority, tenure, mentor and mentee roles, and
 * skills drawn from a catalogue of real skill names so that relevance clusters inside departments.
 * The model, with every distribution and proportion, is described on {@link
 * io.peermatch.core.synthetic.SyntheticOrganisation}.
 */
package io.peermatch.core.synthetic;
