#pragma once

#include "core/kindinfo.h"

#include <QCborMap>

namespace erp::app {

class ClientSession;

// What a new document starts with besides the metadata's defaults: the values of its
// "remembered" references (organization, warehouse, currency: FieldInfo::remember) that the
// user last saved in a document of the same kind, and the user for references to users (the
// manager). Kept in QSettings per server, user and kind, so that two clerks sharing a
// computer, or one working with two servers, do not see each other's choices.
class FormDefaults
{
public:
    // {field: value} and "display": {field: name} for the header fields of a new document.
    static QCborMap load(const ClientSession &session, const KindInfo &kind);
    // Remembers the remembered fields of a saved document as read back from the server.
    static void remember(const ClientSession &session, const KindInfo &kind, const QCborMap &document);

private:
    static QString group(const ClientSession &session, const KindInfo &kind);
};

} // namespace erp::app
