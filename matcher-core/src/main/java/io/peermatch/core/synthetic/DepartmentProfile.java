package io.peermatch.core.synthetic;

import static io.peermatch.core.synthetic.City.AMSTERDAM;
import static io.peermatch.core.synthetic.City.AUSTIN;
import static io.peermatch.core.synthetic.City.BANGALORE;
import static io.peermatch.core.synthetic.City.BERLIN;
import static io.peermatch.core.synthetic.City.DUBLIN;
import static io.peermatch.core.synthetic.City.LONDON;
import static io.peermatch.core.synthetic.City.NEW_YORK;
import static io.peermatch.core.synthetic.City.SAN_FRANCISCO;
import static io.peermatch.core.synthetic.City.SAO_PAULO;
import static io.peermatch.core.synthetic.City.SINGAPORE;
import static io.peermatch.core.synthetic.City.SYDNEY;
import static io.peermatch.core.synthetic.City.TOKYO;
import static io.peermatch.core.synthetic.City.TORONTO;
import static io.peermatch.core.synthetic.City.WARSAW;
import static io.peermatch.core.synthetic.SkillDomain.CUSTOMER_SUCCESS;
import static io.peermatch.core.synthetic.SkillDomain.DATA;
import static io.peermatch.core.synthetic.SkillDomain.DESIGN;
import static io.peermatch.core.synthetic.SkillDomain.ENGINEERING;
import static io.peermatch.core.synthetic.SkillDomain.FINANCE;
import static io.peermatch.core.synthetic.SkillDomain.IT;
import static io.peermatch.core.synthetic.SkillDomain.LEADERSHIP;
import static io.peermatch.core.synthetic.SkillDomain.LEGAL;
import static io.peermatch.core.synthetic.SkillDomain.MARKETING;
import static io.peermatch.core.synthetic.SkillDomain.OPERATIONS;
import static io.peermatch.core.synthetic.SkillDomain.PEOPLE;
import static io.peermatch.core.synthetic.SkillDomain.PRODUCT;
import static io.peermatch.core.synthetic.SkillDomain.PROFESSIONAL;
import static io.peermatch.core.synthetic.SkillDomain.SALES;
import static io.peermatch.core.synthetic.SkillDomain.SECURITY;

import java.util.List;
import java.util.Map;

/**
 * A department of the synthetic organisations: its name, its sub-areas (which name its teams), the
 * cities where it clusters, and the mix of skill domains its people hold.
 *
 * <p>The constants before {@link #EXECUTIVE} are in their base size rank (Engineering the largest);
 * the executive office is sized separately.
 */
enum DepartmentProfile {
  ENGINEERING_DEPT(
      "Engineering",
      "engineering",
      List.of(
          "platform",
          "payments",
          "mobile",
          "web",
          "infrastructure",
          "search",
          "identity",
          "api",
          "checkout",
          "growth",
          "reliability",
          "developer-tools",
          "integrations",
          "billing",
          "messaging",
          "notifications"),
      List.of(SAN_FRANCISCO, BERLIN, WARSAW, BANGALORE, TORONTO),
      Map.of(
          ENGINEERING,
          0.78,
          DATA,
          0.06,
          SECURITY,
          0.05,
          PRODUCT,
          0.03,
          IT,
          0.03,
          DESIGN,
          0.02,
          PROFESSIONAL,
          0.03)),
  SALES_DEPT(
      "Sales",
      "sales",
      List.of(
          "enterprise",
          "mid-market",
          "smb",
          "emea",
          "apac",
          "americas",
          "sales-development",
          "solutions-engineering",
          "partnerships"),
      List.of(NEW_YORK, LONDON, SAO_PAULO, SINGAPORE, SYDNEY, TOKYO, AUSTIN),
      Map.of(
          SALES, 0.75, MARKETING, 0.08, CUSTOMER_SUCCESS, 0.07, PRODUCT, 0.04, PROFESSIONAL, 0.06)),
  CUSTOMER_SUCCESS_DEPT(
      "Customer Success",
      "customer-success",
      List.of("support", "onboarding", "account-management", "customer-education", "escalations"),
      List.of(AUSTIN, DUBLIN, SYDNEY, SAO_PAULO, BANGALORE, SINGAPORE),
      Map.of(CUSTOMER_SUCCESS, 0.72, SALES, 0.10, PRODUCT, 0.06, IT, 0.05, PROFESSIONAL, 0.07)),
  OPERATIONS_DEPT(
      "Operations",
      "operations",
      List.of(
          "business-operations",
          "supply-chain",
          "facilities",
          "workplace",
          "logistics",
          "program-management"),
      List.of(AUSTIN, DUBLIN, WARSAW, BANGALORE),
      Map.of(OPERATIONS, 0.72, FINANCE, 0.08, DATA, 0.07, PRODUCT, 0.03, PROFESSIONAL, 0.10)),
  PRODUCT_DEPT(
      "Product",
      "product",
      List.of("core-product", "growth", "platform", "mobile", "enterprise", "pricing"),
      List.of(SAN_FRANCISCO, NEW_YORK, LONDON),
      Map.of(
          PRODUCT,
          0.65,
          DESIGN,
          0.08,
          DATA,
          0.10,
          ENGINEERING,
          0.07,
          MARKETING,
          0.05,
          PROFESSIONAL,
          0.05)),
  MARKETING_DEPT(
      "Marketing",
      "marketing",
      List.of(
          "brand",
          "demand-generation",
          "product-marketing",
          "content",
          "events",
          "communications",
          "growth-marketing"),
      List.of(NEW_YORK, SAN_FRANCISCO, LONDON, AMSTERDAM),
      Map.of(
          MARKETING,
          0.75,
          SALES,
          0.06,
          DESIGN,
          0.06,
          DATA,
          0.06,
          PRODUCT,
          0.03,
          PROFESSIONAL,
          0.04)),
  DATA_DEPT(
      "Data",
      "data",
      List.of(
          "analytics",
          "data-platform",
          "machine-learning",
          "data-science",
          "business-intelligence",
          "experimentation"),
      List.of(SAN_FRANCISCO, LONDON, BANGALORE, AMSTERDAM),
      Map.of(
          DATA,
          0.72,
          ENGINEERING,
          0.14,
          PRODUCT,
          0.05,
          FINANCE,
          0.02,
          MARKETING,
          0.02,
          PROFESSIONAL,
          0.05)),
  IT_DEPT(
      "IT",
      "it",
      List.of(
          "helpdesk",
          "endpoint",
          "identity-and-access",
          "collaboration-tools",
          "corporate-systems"),
      List.of(AUSTIN, WARSAW, BANGALORE, DUBLIN),
      Map.of(IT, 0.70, SECURITY, 0.12, ENGINEERING, 0.10, PROFESSIONAL, 0.08)),
  DESIGN_DEPT(
      "Design",
      "design",
      List.of("product-design", "ux-research", "brand-design", "design-systems", "content-design"),
      List.of(SAN_FRANCISCO, NEW_YORK, BERLIN, LONDON),
      Map.of(DESIGN, 0.78, PRODUCT, 0.10, MARKETING, 0.04, ENGINEERING, 0.04, PROFESSIONAL, 0.04)),
  FINANCE_DEPT(
      "Finance",
      "finance",
      List.of("accounting", "fp-and-a", "treasury", "tax", "procurement", "payroll"),
      List.of(NEW_YORK, LONDON, DUBLIN),
      Map.of(FINANCE, 0.80, DATA, 0.06, LEGAL, 0.04, OPERATIONS, 0.04, PROFESSIONAL, 0.06)),
  HR_DEPT(
      "HR",
      "hr",
      List.of(
          "talent-acquisition", "people-partners", "learning", "compensation", "people-operations"),
      List.of(LONDON, NEW_YORK, AUSTIN, DUBLIN),
      Map.of(PEOPLE, 0.80, LEGAL, 0.05, LEADERSHIP, 0.05, DATA, 0.03, PROFESSIONAL, 0.07)),
  SECURITY_DEPT(
      "Security",
      "security",
      List.of("appsec", "secops", "grc", "incident-response", "cloud-security"),
      List.of(SAN_FRANCISCO, NEW_YORK, BERLIN, BANGALORE),
      Map.of(SECURITY, 0.72, ENGINEERING, 0.14, IT, 0.06, LEGAL, 0.04, PROFESSIONAL, 0.04)),
  LEGAL_DEPT(
      "Legal",
      "legal",
      List.of("commercial", "privacy", "employment", "corporate", "compliance", "ip"),
      List.of(NEW_YORK, LONDON, DUBLIN, SAN_FRANCISCO),
      Map.of(LEGAL, 0.82, FINANCE, 0.04, PEOPLE, 0.03, SECURITY, 0.05, PROFESSIONAL, 0.06)),
  EXECUTIVE(
      "Executive",
      "executive",
      List.of("strategy", "communications", "chief-of-staff", "corporate-development"),
      List.of(SAN_FRANCISCO, NEW_YORK, LONDON),
      Map.of(
          LEADERSHIP,
          0.30,
          FINANCE,
          0.15,
          PRODUCT,
          0.10,
          OPERATIONS,
          0.15,
          MARKETING,
          0.10,
          SALES,
          0.10,
          PROFESSIONAL,
          0.10));

  /** How many departments take part in the Zipf ranking (all but the executive office). */
  static final int RANKED = 13;

  /** The value of the {@code department} attribute. */
  final String label;

  /** The prefix of team names. */
  final String slug;

  final List<String> areas;
  final List<City> hubs;
  final Map<SkillDomain, Double> domainMix;

  DepartmentProfile(
      String label,
      String slug,
      List<String> areas,
      List<City> hubs,
      Map<SkillDomain, Double> domainMix) {
    this.label = label;
    this.slug = slug;
    this.areas = areas;
    this.hubs = hubs;
    this.domainMix = domainMix;
  }

  /** The weight of each city for this department: hubs count four times their global weight. */
  double[] cityWeights() {
    double[] w = new double[City.values().length];
    for (City c : City.values()) {
      w[c.ordinal()] = hubs.contains(c) ? 4.0 * c.weight : c.weight;
    }
    return w;
  }
}
