#pragma once

#include "core/areas.h"

namespace erp::crm {

// The prescribed sales process of a deal's type (catalog deal_types): its stages in order with
// their default probability, whether each may be skipped and how long it should take, and the
// checklist of actions per stage.

// The guard of every stage transition (crm.dealProcess): a stage the type does not have is
// refused; so is moving forward past a stage that may not be skipped, and an outcome reason
// that does not apply to the outcome.
void dealProcessGuard(erp::core::GuardContext &ctx);
// The checklist of the deal's stage: its type's actions for that stage. Required actions
// bind only when the deal moves forward (or is won); losing it or moving it back does not wait.
QList<erp::core::ChecklistItem> dealChecklist(erp::core::ChecklistContext &ctx);
// After a transition: the new stage's default probability (won 100, lost 0) and, when won or
// lost, the stage where that was decided.
void dealTransitionEffect(erp::core::TransitionContext &ctx);

// On every save: product amounts, the default probability of the stage, the weighted amount,
// the information source and marketing event from the partner when left empty;
// the type must have the deal's stage, reasons must apply to what they explain.
void recalculateDeal(erp::core::RecalcContext &ctx);
// A deal type's stages: each once, starting with the lead (where every deal is registered),
// never won or lost (which end every process); its actions name its stages.
void checkDealType(erp::core::RecalcContext &ctx);

} // namespace erp::crm
