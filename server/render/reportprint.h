#pragma once

#include "core/reports.h"
#include "rpc/method.h"

#include <QCborMap>

// report.pdf's answer: the report printed (reportpdf.h) with its parameters as a reader knows
// them, refused when it would not fit in one protocol frame.
namespace erp::render {

// The largest frame the server sends (its --max-frame); set once at start.
void setAnswerLimit(qint64 bytes);
qint64 answerLimit();

QCborMap reportPdfAnswer(erp::rpc::CallContext &ctx, const erp::core::ReportDefinition &report,
                         const QCborMap &reportParams, const erp::core::ReportOutput &output, bool landscape);

} // namespace erp::render
