#pragma once

namespace erp::core {
struct GuardContext;
struct TransitionContext;
} // namespace erp::core

namespace erp::crm {

// Guard "crm.claimResolution" of the transition resolve: a refund or a discount needs an
// amount and the invoice it credits; "rejected" is the transition reject, not a resolution.
void checkClaimResolution(erp::core::GuardContext &ctx);

// After every transition of a claim: on resolve with a refund or a discount, its credit note
// (based on the invoice, posted, linked in credit_note); then the claim is recalculated
// (when it was responded to and resolved, its service level). A credit the invoice cannot
// take refuses the whole transition, naming the claim's field.
void afterClaimTransition(erp::core::TransitionContext &ctx);

} // namespace erp::crm
