#pragma once

namespace erp::core {
struct SaveContext;
}

namespace erp::crm {

// Every save of a document that names both a partner and an object of a "timeline" catalog
// belonging to a partner (its counterparty): the counterparty must be the partner's, and the
// document's date within the counterparty's valid_from..valid_to (both inclusive, either may
// be empty). Refused with Validation naming the counterparty field. Found from the metadata,
// so every kind with both fields gets it.
void checkCounterparty(erp::core::SaveContext &ctx);

} // namespace erp::crm
