package org.doctoronboarding.adapter.http;

import java.lang.reflect.Proxy;
import org.doctoronboarding.application.port.in.CatalogueUseCase;

/** The catalogue for route tests that do not use it: every call fails the test. */
final class UnusedCatalogue {

    private UnusedCatalogue() {
    }

    static CatalogueUseCase create() {
        return (CatalogueUseCase) Proxy.newProxyInstance(CatalogueUseCase.class.getClassLoader(),
                new Class<?>[] {CatalogueUseCase.class}, (proxy, method, args) -> {
                    throw new AssertionError("the dropdown catalogue is not part of this test (" + method.getName() + ")");
                });
    }
}
