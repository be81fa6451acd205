#pragma once

namespace erp::core {
class AreaRegistry;
}

namespace erp::accounting {

// Accounting: the trial balance (postings of every area write the ledger through ledger.h).
void registerArea(erp::core::AreaRegistry &areas);

} // namespace erp::accounting
