#pragma once

#include <QCborMap>
#include <QHash>
#include <QString>
#include <QStringList>

namespace erp::core {

class DataSource;

// "Create based on" as data: how a new document of `target` is filled from a `source`
// document, declared by the target's area. Nothing is saved; the client creates the document
// from the proposal.
struct BasedOnRule
{
    enum class Lines {
        Copy,         // every source line as it is
        OpenPerLine,  // each source line limited to what is still open of it (to ship, to receive)
        OpenDocument, // one line for what is still open of the whole source (to pay)
    };

    QString source;
    QString target;
    // Header fields copied when the source has a value and the target has the field.
    QStringList header;
    // Target header field <- source header field, or "$id" for the source document itself.
    QHash<QString, QString> headerFrom;
    QString section = QStringLiteral("lines"); // the tabular section proposed, in both documents
    QString sourceSection; // the source's section when it is named otherwise (a deal's products)
    // Line fields copied when the target's lines have them (display names go along).
    QStringList lineFields;
    // Target line field <- "$line" (the source line's number), "line.<field>" or a source header
    // field: a shipment's line names the order line it fulfils.
    QHash<QString, QString> lineFrom;
    Lines lines = Lines::Copy;
    QString quantity = QStringLiteral("quantity"); // the line field "open" limits
    // Open: a balance register's resource at the dimensions given as
    // register dimension <- "$id", "$line", "$null", "line.<field>" or a source header field.
    QString openRegister;
    QString openResource;
    QHash<QString, QString> openDimensions;
    // OpenPerLine: negative lines (returns) are proposed too, limited like the others by what is
    // open (the register keeps what is open of them as a positive quantity); else left out.
    bool keepNegativeLines = false;
    QString lineRef;                // OpenDocument: the new line's field that refers to the source
                                    // (or to what the open dimension of that name is)
    int openSign = 1;               // OpenDocument: -1 proposes what a negative balance leaves owed
                                    // the other way (a refund of what a credit note left owed)
    QString lineAmount;             // OpenDocument: the new line's field for what is open
    // Refuses a proposal the source's state does not allow (throws RpcError naming "from").
    void (*guard)(DataSource &data, const QCborMap &source) = nullptr;
};

// The proposal {values, sections} of a rule for a source document read with its lines.
QCborMap proposeBasedOn(const BasedOnRule &rule, DataSource &data, const QCborMap &source, qint64 sourceId,
                        const QStringList &targetHeaderFields, const QStringList &targetLineFields);

} // namespace erp::core
