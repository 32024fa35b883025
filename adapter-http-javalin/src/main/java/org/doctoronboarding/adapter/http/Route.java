package org.doctoronboarding.adapter.http;

import io.javalin.http.Handler;
import io.javalin.http.HandlerType;

/** One route of the API with the access it requires; every route is declared this way, so none is unguarded. */
record Route(HandlerType method, String path, Access access, Handler handler) {

    static Route get(String path, Access access, Handler handler) {
        return new Route(HandlerType.GET, path, access, handler);
    }

    static Route post(String path, Access access, Handler handler) {
        return new Route(HandlerType.POST, path, access, handler);
    }

    static Route patch(String path, Access access, Handler handler) {
        return new Route(HandlerType.PATCH, path, access, handler);
    }

    static Route delete(String path, Access access, Handler handler) {
        return new Route(HandlerType.DELETE, path, access, handler);
    }
}
