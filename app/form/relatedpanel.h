#pragma once

#include <QCborArray>
#include <QWidget>

class QLabel;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace erp::app {

class ClientSession;

// The documents linked with one document, both ways (document.related: the order a shipment
// was made from, the invoices made from it): kind, number, date, state and, where the server
// sends it, what is still open. Enter or a double-click opens one (openRequested). It reads
// the chain again when a document of it changes or a new document is made (server pushes).
class RelatedPanel : public QWidget
{
    Q_OBJECT

public:
    RelatedPanel(ClientSession *session, QWidget *parent = nullptr);

    // The document whose chain is shown; 0 (a new document) shows nothing.
    void setDocument(const QString &kind, qint64 id);
    void refresh();
    QTreeWidget *tree() const { return m_tree; }
    bool isLoaded() const { return m_loaded; }
    // The documents as last read: [{kind, id, number, date, status, ...}].
    QCborArray documents() const { return m_documents; }
    // What the panel says while it shows nothing (an empty text when it shows documents).
    QString emptyText() const;
    // What it says of a saved document that no other document is linked with.
    static QString savedEmptyText();

Q_SIGNALS:
    void openRequested(const QString &kind, qint64 id);
    void loaded();

private:
    void showDocuments(const QCborArray &documents);
    void addRow(const QCborMap &document);
    void openItem(QTreeWidgetItem *item);

    ClientSession *m_session;
    QString m_kind;
    qint64 m_id = 0;
    QTreeWidget *m_tree;
    QLabel *m_empty;
    QTimer *m_refreshTimer;
    QCborArray m_documents;
    quint64 m_request = 0;
    bool m_loaded = false;
};

} // namespace erp::app
