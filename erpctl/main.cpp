// erpctl: the generic command-line client of erp-server.
#include "connection.h"
#include "exportcommands.h"

#include <QCborArray>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>

namespace {

void out(const QString &text)
{
    std::fputs(qPrintable(text), stdout);
}

int fail(const QString &text, int code = 2)
{
    std::fputs(qPrintable(QStringLiteral("erpctl: ") + text + u'\n'), stderr);
    return code;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("erpctl"));
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Calls erp-server methods.\n\n"
        "  erpctl [options] call METHOD ['JSON params']   prints the result as JSON\n"
        "  erpctl [options] methods                       lists the server's methods\n"
        "  erpctl [options] report NAME [--param k=v]... [--xlsx F | --csv F]   runs a report\n"
        "  erpctl [options] export KIND [--xlsx F | --csv F]                    a whole list"));
    p.addHelpOption();
    const QCommandLineOption server(QStringLiteral("server"), QStringLiteral("Server address (127.0.0.1:7410)."),
                                    QStringLiteral("HOST:PORT"), QStringLiteral("127.0.0.1:7410"));
    const QCommandLineOption user(QStringLiteral("user"), QStringLiteral("User to log in as."), QStringLiteral("USER"));
    const QCommandLineOption password(QStringLiteral("password"),
                                      QStringLiteral("Password (or the ERP_PASSWORD environment variable)."),
                                      QStringLiteral("PASSWORD"));
    const QCommandLineOption compact(QStringLiteral("compact"), QStringLiteral("Print JSON on one line."));
    const QCommandLineOption param(QStringLiteral("param"), QStringLiteral("A report parameter (repeatable)."),
                                   QStringLiteral("KEY=VALUE"));
    const QCommandLineOption xlsx(QStringLiteral("xlsx"), QStringLiteral("Write the table to this XLSX file."),
                                  QStringLiteral("FILE"));
    const QCommandLineOption csv(QStringLiteral("csv"), QStringLiteral("Write the table to this CSV file."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption language(QStringLiteral("language"), QStringLiteral("The CSV's language: cs or en (en)."),
                                      QStringLiteral("LANG"), QStringLiteral("en"));
    p.addOptions({server, user, password, compact, param, xlsx, csv, language});
    p.addPositionalArgument(QStringLiteral("command"), QStringLiteral("call or methods"));
    p.process(app);

    const QStringList args = p.positionalArguments();
    const bool tableCommand = !args.isEmpty() && (args[0] == QLatin1String("report") || args[0] == QLatin1String("export"));
    if (tableCommand && (args.size() != 2 || (p.isSet(xlsx) && p.isSet(csv))))
        return fail(QStringLiteral("usage: erpctl report NAME [--param k=v]... [--xlsx FILE | --csv FILE] | "
                                   "export KIND [--xlsx FILE | --csv FILE]"));
    if (!tableCommand && (args.isEmpty() || (args[0] == QLatin1String("call") && (args.size() < 2 || args.size() > 3))
        || (args[0] == QLatin1String("methods") && args.size() != 1)
        || (args[0] != QLatin1String("call") && args[0] != QLatin1String("methods"))))
        return fail(QStringLiteral("usage: erpctl [--server HOST:PORT] [--user U --password P] call METHOD ['JSON'] | methods"));

    QCborMap params;
    if (args[0] == QLatin1String("call") && args.size() == 3) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(args[2].toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            return fail(QStringLiteral("params must be a JSON object; error at byte %1: %2")
                            .arg(error.offset)
                            .arg(error.error != QJsonParseError::NoError ? error.errorString()
                                                                          : QStringLiteral("not an object")));
        params = QCborMap::fromJsonObject(doc.object());
    }

    QString host;
    quint16 port = 0;
    if (!erp::client::Connection::parseAddress(p.value(server), &host, &port))
        return fail(QStringLiteral("--server: expected HOST:PORT, got \"%1\"").arg(p.value(server)));
    erp::client::Connection connection;
    QString error;
    if (!connection.open(host, port, &error))
        return fail(error);
    if (p.isSet(user)) {
        const QString secret = p.isSet(password) ? p.value(password) : qEnvironmentVariable("ERP_PASSWORD");
        if (!connection.login(p.value(user), secret, &error))
            return fail(QStringLiteral("login failed: %1").arg(error), 1);
    }

    if (tableCommand) {
        const ExportOptions options{p.values(param), p.value(xlsx), p.value(csv), p.value(language)};
        return args[0] == QLatin1String("report") ? runReportCommand(connection, args[1], options)
                                                  : runExportCommand(connection, args[1], options);
    }

    if (args[0] == QLatin1String("methods")) {
        const erp::client::Reply r = connection.call(QStringLiteral("system.methods"));
        if (!r.ok)
            return fail(r.error.message, 1);
        for (const QCborValue &m : r.result.toArray()) {
            const QCborMap method = m.toMap();
            out(QStringLiteral("%1  [%2 %3]  %4\n")
                    .arg(method.value(QStringLiteral("name")).toString(), -24)
                    .arg(method.value(QStringLiteral("right")).toString(QStringLiteral("-")), -5)
                    .arg(method.value(QStringLiteral("access")).toString(), -5)
                    .arg(method.value(QStringLiteral("summary")).toString()));
        }
        return 0;
    }

    const erp::client::Reply r = connection.call(args[1], params);
    if (!r.ok) {
        QString message = QStringLiteral("%1 (%2)").arg(erp::protocol::errorCodeName(r.error.code)).arg(int(r.error.code));
        if (!r.error.field.isEmpty())
            message += QStringLiteral(" field %1").arg(r.error.field);
        return fail(message + QStringLiteral(": ") + r.error.message, 1);
    }
    const QJsonValue json = r.result.toJsonValue();
    QJsonDocument doc;
    if (json.isObject())
        doc = QJsonDocument(json.toObject());
    else if (json.isArray())
        doc = QJsonDocument(json.toArray());
    else {
        out(QString::fromUtf8(QJsonDocument(QJsonArray{json}).toJson(QJsonDocument::Compact)).mid(1).chopped(1) + u'\n');
        return 0;
    }
    out(QString::fromUtf8(doc.toJson(p.isSet(compact) ? QJsonDocument::Compact : QJsonDocument::Indented)));
    if (p.isSet(compact))
        out(QStringLiteral("\n"));
    return 0;
}
