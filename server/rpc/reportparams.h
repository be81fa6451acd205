#pragma once

#include "method.h"

#include <QCborMap>

namespace erp::core {
struct ReportDefinition;
}

namespace erp::rpc {

// The report params.report names, when the caller may run it; else Validation naming `report`.
const erp::core::ReportDefinition &runnableReport(const CallContext &ctx, const QCborMap &params);
// A report's own parameters, checked as a method's are; a fault is named inside `params`
// ("params.from"). report.run and report.saveSettings check alike.
QCborMap checkedReportParams(const erp::core::ReportDefinition &report, const QCborMap &given);
// The parameter `report` (a report's name) of the report.* methods.
Param reportName();

} // namespace erp::rpc
