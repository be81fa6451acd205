#pragma once

namespace erp::core {
class AreaRegistry;
}

// The sales analytics reports of report.run, each from the sales register's aggregates.
namespace erp::reports {

void addAbcXyzReport(erp::core::AreaRegistry &areas);
void addRfmReport(erp::core::AreaRegistry &areas);
void addSalesDynamicsReport(erp::core::AreaRegistry &areas);
void addBcgReport(erp::core::AreaRegistry &areas);

} // namespace erp::reports
