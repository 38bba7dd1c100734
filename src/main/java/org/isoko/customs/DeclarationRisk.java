package org.isoko.customs;

/**
 * Why an officer may want to look at a declaration before others (the queue filters on
 * these). Assessed once per declaration from its four messages:
 * <ul>
 * <li>{@link #MISMATCH}: customs' match rules ({@code MatchRules}) find at least one
 * disagreement or failed check;</li>
 * <li>{@link #FIRST_TIME_BUYER}: no earlier declaration names this buyer (the same name
 * and masked ID number);</li>
 * <li>{@link #NEAR_LIMIT}: goods, freight and insurance reach
 * {@value DeclarationAssessor#NEAR_LIMIT_PERCENT} % or more of the single-order
 * limit.</li>
 * </ul>
 */
public enum DeclarationRisk {

	MISMATCH, FIRST_TIME_BUYER, NEAR_LIMIT

}
