#pragma once

#include <QString>

class QSqlDatabase;

namespace erp::crm {

// The tables of segment membership, which no metadata kind declares (see docs/crm/claims.md):
//   CRM_SEGMENT_MEMBERS  (SEGMENT_ID, PARTNER_ID, VALID_FROM, VALID_TO): one row per stay of a
//                        partner in a segment; VALID_TO is null while it lasts.
//   CRM_SEGMENT_REBUILDS (SEGMENT_ID, REBUILT_AT, MEMBERS): the last rebuild, and the row a
//                        rebuild locks so that two rebuilds of one segment wait for each other.
//   CRM_SEGMENT_MATCH, CRM_SEGMENT_FIGURES: transaction-scoped scratch tables (global temporary)
//                        of a rebuild: the partners that match, the figures per partner and rule.
// Creates what is missing; false with *error when a statement fails.
bool ensureSegmentTables(QSqlDatabase &db, QString *error);

} // namespace erp::crm
