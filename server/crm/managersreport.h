#pragma once

namespace erp::core {
class AreaRegistry;
}

namespace erp::crm {

// managers: per manager over a period, their interactions, deals opened, won and lost (decided
// in the period), conversion, revenue and margin (sales register), average deal cycle and the
// tasks overdue now.
void addManagersReport(erp::core::AreaRegistry &areas);

} // namespace erp::crm
